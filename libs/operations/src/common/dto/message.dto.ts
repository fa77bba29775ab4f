import { ApiProperty } from '@nestjs/swagger';
import { FlightKeyDto } from './flight-key.dto';

const OUTCOMES = ['accepted', 'rejected', 'duplicate'];
const STATUSES = [...OUTCOMES, 'assembling', 'incomplete', 'routed', 'delivered', 'failed', 'dead'];

/** One UNH…UNT message of an interchange and where it is in its life. */
export class MessageDto {
  @ApiProperty() id!: string;
  @ApiProperty() interchangeId!: string;
  @ApiProperty({ description: '1-based order within the interchange' }) position!: number;
  @ApiProperty({ example: 'PAXLST' }) type!: string;
  @ApiProperty({ description: 'UNH 0062' }) reference!: string;

  @ApiProperty({ type: String, nullable: true, description: 'UNH 0068, ties multi-part messages' })
  accessReference!: string | null;

  @ApiProperty({ type: Number, nullable: true }) partNumber!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) partLast!: boolean | null;
  @ApiProperty({ enum: OUTCOMES, description: 'What ingest made of it' }) outcome!: string;
  @ApiProperty({ enum: STATUSES, description: 'Where it is now' }) status!: string;
  @ApiProperty({ type: () => FlightKeyDto }) flight!: FlightKeyDto;
  @ApiProperty() travellers!: number;
  @ApiProperty() pnrs!: number;
  @ApiProperty({ type: [String], example: ['FRA', 'JFK'] }) airports!: string[];
}
