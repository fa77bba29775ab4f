import { Injectable, NotFoundException } from '@nestjs/common';
import { JournalReader } from '@app/journal';
import { InterchangeStoryDto } from './dto/interchange-story.dto';
import { toInterchangeStoryDto } from './interchange-view.mapper';

/** One interchange's whole story: envelope, findings, CONTRL, messages, deliveries, events. */
@Injectable()
export class ReadInterchangeStoryUseCase {
  constructor(private readonly reader: JournalReader) {}

  async execute(id: string, withRaw: boolean): Promise<InterchangeStoryDto> {
    const story = await this.reader.interchangeStory(id);
    if (story === undefined) throw new NotFoundException(`No interchange ${id} in the journal`);
    return toInterchangeStoryDto(story, withRaw);
  }
}
