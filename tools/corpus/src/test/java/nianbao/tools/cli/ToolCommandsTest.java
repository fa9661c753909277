package nianbao.tools.cli;

import nianbao.jobs.Main;
import nianbao.jobs.cli.Commands;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tools' commands reach the one command line through ServiceLoader, with this module on the class path. */
class ToolCommandsTest {
    @Test
    void generateEvalAndBenchAreCommands() {
        for (String name : new String[] {"generate", "eval", "bench"}) {
            assertTrue(Commands.exists(name), name + " is not a command");
            assertTrue(Commands.help().contains("  " + name), name + " is not in the help:\n" + Commands.help());
        }
        assertTrue(Commands.exists("parse"), "the jobs' own commands are still there");
    }

    @Test
    void theirHelpAndUsageErrorsComeFromTheSameCommandLine() {
        assertEquals(0, Main.run("generate", "--help"));
        assertEquals(0, Main.run("bench", "parse", "--help"));
        assertEquals(2, Main.run("bench"), "bench alone names no benchmark");
        assertEquals(2, Main.run("generate", "--out", "x"), "--count is required");
        assertEquals(2, Main.run("eval", "--generated", "3", "--formats", "rtf"), "unknown format");
        assertEquals(2, Main.run("bench", "parse", "--count", "many"), "not a number");
    }
}
