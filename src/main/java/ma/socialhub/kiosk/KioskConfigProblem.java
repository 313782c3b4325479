package ma.socialhub.kiosk;

import java.nio.file.Path;

/** One thing wrong in a kiosk file, where an operator can find it. */
public record KioskConfigProblem(Path file, int line, String problem) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + problem;
    }
}
