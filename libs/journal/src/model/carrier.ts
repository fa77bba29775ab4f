/** An interchange sender identity (UNB S002) that belongs to a carrier. */
export interface CarrierSender {
  senderId: string;
  /** UNB S002/0007 as received; '' when the carrier sends none. */
  qualifier: string;
}

export interface Carrier {
  id: string;
  name: string;
  createdAt: Date;
  senders: CarrierSender[];
}
