import { ApiProperty } from '@nestjs/swagger';
import { InterchangeSummaryDto } from './interchange-summary.dto';

/** One page of interchanges, newest first. */
export class InterchangeListDto {
  @ApiProperty({ type: [InterchangeSummaryDto] }) items!: InterchangeSummaryDto[];
  @ApiProperty({ description: 'The limit applied' }) limit!: number;
  @ApiProperty({ description: 'More match than were returned: narrow the filter, or move `to`' })
  more!: boolean;
}
