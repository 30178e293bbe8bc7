package dev.hybridnet.cli;

import dev.hybridnet.validation.RuleBook;
import dev.hybridnet.validation.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hybridnet rules}: every rule with its id, severity and summary; {@code --markdown} writes docs/rules.md. */
@Command(name = "rules", description = "List every validation rule with its id, severity and summary.")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print the full rule reference as Markdown (docs/rules.md).")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(RulesMarkdown.render(RuleBook.catalog()));
        } else {
            for (RuleInfo rule : RuleBook.catalog()) {
                out.printf("%-36s %-8s %s%n", rule.id(), rule.severity().id(), rule.title());
            }
        }
        out.flush();
        return 0;
    }
}
