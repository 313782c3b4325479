package ma.socialhub.schedule;

/** What a center does with the people still waiting when its day ends. */
public enum ClosingRule {
    /** The counters serve whoever is still waiting (the default). */
    SERVE,
    /** Their tickets are closed; their phone page says the day ended before their turn. */
    SEND_HOME,
    /** Their tickets are carried to the next open day, first in line, with that day's numbers. */
    CARRY
}
