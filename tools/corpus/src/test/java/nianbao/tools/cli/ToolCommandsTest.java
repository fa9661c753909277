package nianbao.tools.cli;

import nianbao.jobs.cli.Commands;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tools' commands reach the one command line through ServiceLoader, with this module on the class path. */
class ToolCommandsTest {
    @Test
    void generateEvalAndBenchAreCommands() {
        for (String name : new String[] {"generate", "eval", "bench"}) {
            assertNotNull(Commands.find(name), name + " is not a command");
            assertTrue(Commands.help().contains("  " + name + " "), name + " is not in the help:\n" + Commands.help());
        }
        assertNotNull(Commands.find("parse"), "the jobs' own commands are still there");
    }
}
