import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const ASSEMBLY_STATUSES = ['assembling', 'complete', 'incomplete', 'forced'] as const;

export class AssemblyFindingDto {
  @ApiProperty({ example: 'assembly.incomplete' }) rule!: string;
  @ApiProperty() text!: string;
}

export class AssemblyPartDto {
  @ApiProperty({ description: 'S010 sequence number' }) number!: number;
  @ApiProperty({ description: 'Marked F (final)' }) last!: boolean;
  @ApiProperty() messageId!: string;
  @ApiProperty() addedAt!: string;
}

/** A multi-part message (UNH 0068 + S010) and how far it has come together. */
export class AssemblyDto {
  @ApiProperty() id!: string;
  @ApiProperty() carrier!: string;
  @ApiProperty({ example: 'PAXLST' }) messageType!: string;
  @ApiProperty({ description: 'UNH 0068 common access reference' }) accessReference!: string;
  @ApiProperty({ enum: ASSEMBLY_STATUSES }) status!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'n, once the final part is in' })
  partCount!: number | null;
  @ApiProperty({ type: [Number] }) missing!: number[];
  @ApiProperty() openedAt!: string;
  @ApiProperty({ description: 'When an incomplete set is closed' }) deadlineAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: [AssemblyFindingDto] }) findings!: AssemblyFindingDto[];
  @ApiPropertyOptional({ type: [AssemblyPartDto] }) parts?: AssemblyPartDto[];
}

export class AssemblyListDto {
  @ApiProperty({ type: [AssemblyDto] }) assemblies!: AssemblyDto[];
}
