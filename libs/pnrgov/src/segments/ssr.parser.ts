import { Segment } from '@app/edifact';

export interface SsrDetail {
  /** Seat number, or other requirement data. */
  data: string;
  travellerReference: string;
  characteristic: string;
}

export interface SsrReading {
  code: string;
  status: string;
  quantity: string;
  airline: string;
  boardPoint: string;
  offPoint: string;
  /** C334 4440 free text (component 9 on), '' when absent. */
  text: string;
  details: SsrDetail[];
}

/** SSR `CODE:status:quantity:airline:::board:off:free text+data::traveller reference:characteristic…`. */
export function readSsr(ssr: Segment): SsrReading {
  const head = ssr.elements[0] ?? [];
  const details: SsrDetail[] = [];
  for (let e = 1; e < ssr.elements.length; e++) {
    const [data = '', , travellerReference = '', characteristic = ''] = ssr.elements[e];
    if (data !== '' || travellerReference !== '') {
      details.push({ data, travellerReference, characteristic });
    }
  }
  return {
    code: head[0] ?? '',
    status: head[1] ?? '',
    quantity: head[2] ?? '',
    airline: head[3] ?? '',
    boardPoint: head[6] ?? '',
    offPoint: head[7] ?? '',
    // A colon in the free text that the sender did not release still belongs to the text.
    text: head.slice(8).join(':'),
    details,
  };
}
