package dev.hybridnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./hybridnet} script of a checkout, run in a copy of a checkout whose jar must be built, with stand-ins
 * for {@code mvn} (which prints the colour resets some Maven versions print even with {@code -q}) and {@code java}
 * on the PATH: nothing of Maven's reaches the terminal unless the build fails, and then without escape codes.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    private static final String ESC = "\u001b[";

    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    private Path checkout() throws IOException {
        Path checkout = dir.resolve("checkout");
        Files.createDirectories(checkout.resolve("src"));
        Files.createDirectories(checkout.resolve("packaging"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.writeString(checkout.resolve("packaging/jvm.options"), "# options\n-Dwindow.option=1\n");
        Files.writeString(checkout.resolve("packaging/jvm-cli.options"), "# options\n-Dcli.option=1\n");
        Files.copy(Path.of("hybridnet"), checkout.resolve("hybridnet"), StandardCopyOption.COPY_ATTRIBUTES);
        return checkout;
    }

    private Path bin(boolean buildSucceeds) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("mvn"), "printf '\\033[0m\\033[0m'\n"
                + "printf '\\033[0m\\033[1;31m[ERROR]\\033[m COMPILATION ERROR\\n' >&2\n"
                + (buildSucceeds ? "exit 0\n" : "exit 1\n"));
        script(bin.resolve("java"), "echo \"java $*\"\n");
        return bin;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run run(Path checkout, Path bin, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(
                java.util.List.of("sh", checkout.resolve("hybridnet").toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = builder.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script finished");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aSuccessfulBuildPrintsOneLineAndNoEscapeCodesThenRunsTheProgram() throws Exception {
        Path checkout = checkout();
        Run run = run(checkout, bin(true), "samples", "list");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains(ESC), run.out());
        assertFalse(run.err().contains(ESC), run.err());
        assertEquals("hybridnet: building (mvn package)...\n", run.err());
        assertEquals("java -Dcli.option=1 -jar " + checkout.toRealPath().resolve("target/hybridnet.jar")
                + " samples list\n", run.out());
    }

    @Test
    void aBuildIsNotRepeatedWhenMavenLeftTheJarOlderThanAChangedTestAndOnlyWhatGoesIntoTheJarBuildsAgain()
            throws Exception {
        // Maven rewrites the jar only when the program changed: after a change to a test, the jar stays older than
        // the sources, and the script must not take that for a build still to do at every run.
        Path checkout = checkout();
        Path test = checkout.resolve("src/test/SomeTest.java");
        Path program = checkout.resolve("src/main/java/Some.java");
        Path icon = checkout.resolve("assets/icons/some.svg");
        for (Path file : new Path[] {test, program, icon}) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "1\n");
        }
        Path jar = checkout.resolve("target/hybridnet.jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[] {1});
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path bin = bin(true);
        assertEquals("hybridnet: building (mvn package)...\n", run(checkout, bin, "--version").err());
        assertEquals("", run(checkout, bin, "--version").err(), "built once, not again");
        Thread.sleep(1_100);
        Files.writeString(test, "2\n");
        assertEquals("", run(checkout, bin, "--version").err(), "a changed test leaves the jar as it is");
        Files.writeString(program, "2\n");
        assertEquals("hybridnet: building (mvn package)...\n", run(checkout, bin, "--version").err(),
                "a change to the program builds again");
        assertEquals("", run(checkout, bin, "--version").err());
        Thread.sleep(1_100);
        Files.writeString(icon, "2\n");
        assertEquals("hybridnet: building (mvn package)...\n", run(checkout, bin, "--version").err(),
                "a changed icon builds again");
    }

    @Test
    void theScriptFindsItsCheckoutFromAnyWayItIsCalled() throws Exception {
        Path checkout = checkout();
        Path bin = bin(true);
        Files.createDirectories(checkout.resolve("target"));
        Files.write(checkout.resolve("target/hybridnet.jar"), new byte[] {1});
        String jar = checkout.toRealPath().resolve("target/hybridnet.jar").toString();
        for (String[] call : new String[][] {{"sh", checkout.resolve("hybridnet").toString()}, {"sh", "./hybridnet"},
            {"sh", "hybridnet"}, {"sh", "../checkout/hybridnet"}}) {
            ProcessBuilder builder = new ProcessBuilder(call[0], call[1], "--version").directory(checkout.toFile());
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            Process p = builder.start();
            p.getOutputStream().close();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String javaJar = out.substring(out.indexOf(" -jar ") + 6, out.lastIndexOf(" --version"));
            assertEquals(jar, Path.of(javaJar).toRealPath().toString(), String.join(" ", call));
            assertTrue(Path.of(javaJar).isAbsolute(), javaJar);
        }
    }

    @Test
    void optionsFilesMayHaveCommentsBlankLinesSeveralOptionsALineAndNoFinalLineFeed() throws Exception {
        Path checkout = checkout();
        Files.writeString(checkout.resolve("packaging/jvm-cli.options"),
                "# first\n\n  -Da=1   -Db=2  # two on a line\n\t-Dc=*\n-Dd=4");
        assertEquals("java -Da=1 -Db=2 -Dc=* -Dd=4 -jar JAR --version", javaArguments(checkout, "--version"));
    }

    @Test
    void onLinuxTheLinuxOptionsFollowEachModesOwn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.exists(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")), "a Linux kernel");
        Path checkout = checkout();
        Files.writeString(checkout.resolve("packaging/jvm-linux.options"), "# Linux\n-Dlinux=1\n");
        assertEquals("java -Dcli.option=1 -Dlinux=1 -jar JAR --version", javaArguments(checkout, "--version"));
        assertEquals("java -Dwindow.option=1 -Dlinux=1 -jar JAR", javaArguments(checkout));
    }

    /** What the script passes to java for these arguments, once the jar is built. */
    private String javaArguments(Path checkout, String... args) throws Exception {
        Run run = run(checkout, bin(true), args);
        assertEquals(0, run.exit(), run.err());
        String jar = checkout.toRealPath().resolve("target/hybridnet.jar").toString();
        return run.out().strip().replace(jar, "JAR");
    }

    @Test
    void theWindowAndTheCommandLineGetTheirOwnOptionsAndTheArchiveWhenTheBuildMadeOne() throws Exception {
        Path checkout = checkout();
        assertEquals("java -Dwindow.option=1 -jar JAR", javaArguments(checkout));
        assertEquals("java -Dwindow.option=1 -jar JAR my.hybridnet.json", javaArguments(checkout, "my.hybridnet.json"));
        for (String command : Cli.COMMAND_NAMES) {
            assertEquals("java -Dcli.option=1 -jar JAR " + command, javaArguments(checkout, command), command);
        }
        assertEquals("java -Dcli.option=1 -jar JAR --version", javaArguments(checkout, "--version"));
        assertEquals("java -Dcli.option=1 -jar JAR a.json b.json", javaArguments(checkout, "a.json", "b.json"));
        Files.createDirectories(checkout.resolve("target"));
        Files.write(checkout.resolve("target/hybridnet.jsa"), new byte[] {1});
        String archive = "-XX:SharedArchiveFile=" + checkout.toRealPath().resolve("target/hybridnet.jsa")
                + " -Xlog:cds=off -Xlog:cds+dynamic=off";
        assertEquals("java -Dcli.option=1 " + archive + " -jar JAR validate", javaArguments(checkout, "validate"));
        assertEquals("java -Dwindow.option=1 " + archive + " -jar JAR", javaArguments(checkout));
    }

    @Test
    void aFailedBuildShowsMavensMessagesWithoutEscapeCodesAndStops() throws Exception {
        Run run = run(checkout(), bin(false));
        assertNotEquals(0, run.exit());
        assertFalse(run.out().contains(ESC), run.out());
        assertFalse(run.err().contains(ESC), run.err());
        assertTrue(run.err().contains("[ERROR] COMPILATION ERROR"), run.err());
        assertTrue(run.err().contains("hybridnet: the build failed"), run.err());
        assertFalse(run.out().contains("java "), run.out());
    }

    /** Runs the installed /usr/bin/hybridnet with its folder /opt/hybridnet replaced by {@code opt}. */
    private String runInstalled(Path opt, String... args) throws IOException, InterruptedException {
        Path installed = dir.resolve("hybridnet.sh");
        Files.writeString(installed, Files.readString(Path.of("packaging/linux/hybridnet.sh"))
                .replace("dir=/opt/hybridnet", "dir=" + opt));
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("sh", installed.toString()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    @Test
    void thePackagesCommandRunsTheBundledJavaWithTheOptionsAndClassPathOfTheModesLauncher() throws Exception {
        Path opt = dir.resolve("opt");
        Path app = Files.createDirectories(opt.resolve("lib/app"));
        script(Files.createDirectories(opt.resolve("lib/runtime/bin")).resolve("java"), "echo \"java $*\"\n");
        for (String[] launcher : new String[][] {{"hybridnet", "-Dwindow=1"}, {"hybridnet-cli", "-Dcli=1"}}) {
            Files.writeString(app.resolve(launcher[0] + ".cfg"), String.join("\n", "[Application]",
                    "app.classpath=$APPDIR/hybridnet.jar", "app.mainclass=dev.hybridnet.Launcher",
                    "app.classpath=$APPDIR/picocli.jar", "", "[JavaOptions]", "java-options=" + launcher[1],
                    "java-options=-XX:SharedArchiveFile=$APPDIR/hybridnet.jsa", ""));
        }
        String classpath = app + "/hybridnet.jar:" + app + "/picocli.jar";
        String archive = "-XX:SharedArchiveFile=" + app + "/hybridnet.jsa";
        assertEquals("java -Dwindow=1 " + archive + " -cp " + classpath + " dev.hybridnet.Launcher",
                runInstalled(opt));
        assertEquals("java -Dwindow=1 " + archive + " -cp " + classpath + " dev.hybridnet.Launcher my.hybridnet.json",
                runInstalled(opt, "my.hybridnet.json"));
        for (String command : Cli.COMMAND_NAMES) {
            assertEquals("java -Dcli=1 " + archive + " -cp " + classpath + " dev.hybridnet.Launcher " + command,
                    runInstalled(opt, command), command);
        }
        assertEquals("java -Dcli=1 " + archive + " -cp " + classpath + " dev.hybridnet.Launcher export a.json -o a.svg",
                runInstalled(opt, "export", "a.json", "-o", "a.svg"));
    }

    @Test
    void withoutTheBundledJavaThePackagesCommandFallsBackToTheModesLauncher() throws Exception {
        Path opt = dir.resolve("opt");
        Path bin = Files.createDirectories(opt.resolve("bin"));
        script(bin.resolve("hybridnet"), "echo \"window $*\"\n");
        script(bin.resolve("hybridnet-cli"), "echo \"cli $*\"\n");
        assertEquals("window", runInstalled(opt));
        assertEquals("window my design.hybridnet.json", runInstalled(opt, "my design.hybridnet.json"));
        for (String command : Cli.COMMAND_NAMES) {
            assertEquals("cli " + command, runInstalled(opt, command), command);
        }
        assertEquals("cli --version", runInstalled(opt, "--version"));
    }
}
