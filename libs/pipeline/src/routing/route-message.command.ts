/** A committed message to route: the routing job's data. */
export interface RouteMessageCommand {
  messageId: string;
}
