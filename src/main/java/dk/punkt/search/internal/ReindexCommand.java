package dk.punkt.search.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * {@code java -jar punkt.jar reindex}: rebuilds the search entries and the index with a progress bar (count and
 * rate) on stderr. The command line finds it as a bean annotated with {@code @Command} (see
 * {@code imports.PunktCli}), so the imports module need not know the search module.
 */
@Component
@CommandLine.Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the published meetings (safe while Punkt runs).")
class ReindexCommand implements Callable<Integer> {

    private static final int WIDTH = 30;

    @CommandLine.Option(
            names = "--mass-indexer",
            description = "Purge the index and rewrite it with Hibernate Search's mass indexer (fastest; searches"
                    + " miss documents until it is done). Default: replace documents in place.")
    boolean massIndexer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ReindexJob job;

    ReindexCommand(ReindexJob job) {
        this.job = job;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long[] lastPrint = {0};
        boolean ok = job.run(massIndexer, progress -> {
            long now = System.nanoTime();
            if (progress.running() && now - lastPrint[0] < 200_000_000L) {
                return;
            }
            lastPrint[0] = now;
            err.print("\r" + bar(progress));
            err.flush();
        });
        err.println();
        ReindexJob.Progress last = job.progress();
        if (!ok) {
            err.println("reindex: failed: " + (last.error() == null ? "a rebuild is already running" : last.error()));
            err.flush();
            return 1;
        }
        spec.commandLine().getOut().println("reindex: " + last.done() + " items indexed");
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String bar(ReindexJob.Progress progress) {
        int filled = progress.percent() * WIDTH / 100;
        String phase = "entries".equals(progress.phase()) ? "meetings" : "items";
        return String.format(
                Locale.ROOT,
                "[%s%s] %3d%% %d/%d %s, %.0f/s",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                progress.percent(),
                progress.done(),
                progress.total(),
                phase,
                progress.rate());
    }
}
