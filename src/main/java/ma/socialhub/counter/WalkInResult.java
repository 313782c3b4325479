package ma.socialhub.counter;

import ma.socialhub.ticketing.Ticket;
import ma.socialhub.visit.Visit;

/** The outcome of serving a person who came without a ticket. */
public sealed interface WalkInResult {

    /** A ticket was made for the record, in service here, with its visit open. */
    record Served(Ticket ticket, Visit visit) implements WalkInResult {
    }

    /** The counter holds a ticket already — a second tap finds the first one's: finish it first. */
    record CounterBusy(Ticket current) implements WalkInResult {
    }

    /** The service is not offered at this center. */
    record NotAllowed() implements WalkInResult {
    }
}
