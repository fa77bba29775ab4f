import { BadRequestException, Injectable } from '@nestjs/common';
import { InterchangeRepository } from '@app/journal';
import { parseFlightFilter } from '../common/flight-designator';
import { queryTime } from '../common/query-time';
import { InterchangeListDto } from './dto/interchange-list.dto';
import { DEFAULT_LIST_LIMIT, ListInterchangesQuery } from './dto/list-interchanges.query';
import { toInterchangeSummaryDto } from './interchange-view.mapper';

/** The interchanges a technician is looking for, newest first. */
@Injectable()
export class ListInterchangesUseCase {
  constructor(private readonly interchanges: InterchangeRepository) {}

  async execute(query: ListInterchangesQuery): Promise<InterchangeListDto> {
    const limit = query.limit ?? DEFAULT_LIST_LIMIT;
    const receivedFrom = queryTime('from', query.from);
    const receivedBefore = queryTime('to', query.to);
    if (receivedFrom && receivedBefore && receivedFrom >= receivedBefore) {
      throw new BadRequestException(['from must be before to']);
    }
    // One more than asked for tells whether the page is the whole answer.
    const rows = await this.interchanges.list({
      carrierId: query.carrier,
      outcome: query.status,
      receivedFrom,
      receivedBefore,
      flight: query.flight === undefined ? undefined : parseFlightFilter(query.flight),
      limit: limit + 1,
    });
    return {
      items: rows.slice(0, limit).map(toInterchangeSummaryDto),
      limit,
      more: rows.length > limit,
    };
  }
}
