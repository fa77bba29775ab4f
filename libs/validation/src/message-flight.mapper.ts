import { MessageContent, ReportedFlight } from './validation-report';

/**
 * The flight a message names and its airports: what the journal searches by and routing matches
 * on. Taken when the message is read, so that its content need not be kept for it.
 */
export function reportedFlightOf(content: MessageContent): {
  flight?: ReportedFlight;
  airports: string[];
} {
  switch (content.type) {
    case 'PAXLST': {
      const legs = content.manifest.legs;
      const leg = legs[0];
      return {
        flight: {
          carrierCode: leg?.carrierCode || null,
          flightNumber: leg?.flightNumber || null,
          departureDate: leg?.departure?.localDateTime?.slice(0, 10) ?? null,
        },
        airports: airportCodes(legs.flatMap((l) => l.locations.map((loc) => loc.airport))),
      };
    }
    case 'PNRGOV': {
      const flight = content.push.flight;
      return {
        flight: {
          carrierCode: flight?.carrier ?? null,
          flightNumber: flight?.number ?? null,
          departureDate: flight?.departure?.slice(0, 10) ?? null,
        },
        airports: airportCodes([flight?.departureAirport ?? '', flight?.arrivalAirport ?? '']),
      };
    }
    case 'unsupported':
      return { airports: [] };
  }
}

function airportCodes(codes: string[]): string[] {
  return [...new Set(codes.filter((c) => /^[A-Z]{3}$/.test(c)))];
}
