import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** Optional: the admin token is shared, so the journal records whoever the technician says. */
export class ReplayDeliveryBody {
  @ApiPropertyOptional({ example: 'j.doe@piu', description: 'Recorded on the replay event' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  requestedBy?: string;
}
