package ma.socialhub.intake;

import java.time.LocalDate;

/**
 * A file kept at another center that matches the ID card of the person in front of the agent
 * (number and birth date): enough to see it is them — the names and birth date on their card —
 * and never where it is kept. {@code handle} lets this agent, for half an hour, bring the file to
 * their center ({@link Beneficiaries#transfer}).
 */
public record TransferOffer(String nameAr, String nameLatin, LocalDate birthDate, String handle) {
}
