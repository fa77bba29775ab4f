import { Describe } from '../schema/describe.decorator';
import { IsIntegerInRange, IsNonEmptyString, IsListenPort } from '../validation/config.decorators';

@Describe('Carrier-facing HTTPS listener (mutual TLS).')
export class GatewayConfig {
  @Describe('Interface to listen on.') @IsNonEmptyString() readonly host!: string;
  @Describe('TCP port to listen on (0 picks a free one).') @IsListenPort() readonly port!: number;
  @Describe(
    'Largest interchange accepted in one request body, in bytes; a larger body is answered 413 with its CONTRL (code 18) once the limit is reached, and the connection is closed without reading the rest.',
  )
  @IsIntegerInRange(1)
  readonly bodyLimitBytes!: number;
  @Describe(
    "How long a client may take to send a request's headers, in ms, from the start of the request (or of the connection); then the connection is closed. At most requestTimeoutMs.",
  )
  @IsIntegerInRange(1)
  readonly headersTimeoutMs!: number;
  @Describe(
    'How long a client may take to send a whole request, headers and body, in ms; a body still arriving then is cut and the connection closed.',
  )
  @IsIntegerInRange(1)
  readonly requestTimeoutMs!: number;
  @Describe('How long an idle keep-alive connection stays open between requests, in ms.')
  @IsIntegerInRange(1)
  readonly keepAliveTimeoutMs!: number;
}
