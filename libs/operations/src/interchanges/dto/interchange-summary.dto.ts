import { ApiProperty } from '@nestjs/swagger';

/** An interchange as received, without its bytes. */
export class InterchangeSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The carrier it was authenticated as' })
  carrierId!: string | null;
  @ApiProperty({ enum: ['https', 'sftp', 'mq'] }) channel!: string;
  @ApiProperty({ description: 'UNB S002' }) senderId!: string;
  @ApiProperty({ description: 'UNB S003' }) recipientId!: string;
  @ApiProperty({ description: 'UNB 0020' }) controlReference!: string;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes received' }) sha256!: string;
  @ApiProperty({ description: 'Bytes received' }) size!: number;
  @ApiProperty() test!: boolean;
  @ApiProperty({ enum: ['accepted', 'rejected', 'duplicate'] }) outcome!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The interchange this one repeats' })
  duplicateOf!: string | null;
}
