package dk.punkt.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.punkt.publishing.MeetingDocumentService;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * The command line in the jar: {@code import} and {@code export}, and commands other modules offer as beans
 * ({@code reindex}). A dry run needs no database and starts no Spring
 * context; the other commands run in a non-web Spring context. Everything but the command's own output goes to
 * stderr, so {@code --json} output on stdout is exactly the JSON.
 */
public final class PunktCli {

    /**
     * The command names. {@code import} and {@code export} are this module's; others (such as the search module's
     * {@code reindex}) are beans annotated with picocli's {@code @Command}, found in the Spring context, so this
     * module does not depend on theirs.
     */
    static final Set<String> COMMANDS = Set.of("import", "export", "reindex");

    /** Arguments meant for Spring (database, data directory, logging) rather than for the command. */
    private static final List<String> SPRING_PREFIXES =
            List.of("--spring.", "--punkt.", "--logging.", "--server.", "--debug");

    private PunktCli() {}

    /** Whether {@code args} name a command rather than starting the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs the command with the process's stdout and stderr and returns its exit code. Logging and anything else
     * written to {@code System.out} while it runs is sent to stderr.
     */
    public static int run(String[] args, Class<?> application) {
        PrintStream out = System.out;
        System.setOut(System.err);
        try {
            return execute(
                    args,
                    out,
                    System.err,
                    springArgs -> new SpringApplicationBuilder(application)
                            // A servlet context without a port: the accounts module's security configuration
                            // needs the web context's HttpSecurity, so WebApplicationType.NONE cannot start;
                            // server.port=-1 creates the context but opens no socket.
                            .web(WebApplicationType.SERVLET)
                            .bannerMode(Banner.Mode.OFF)
                            .logStartupInfo(false)
                            .run(withDefaults(springArgs)));
        } finally {
            System.setOut(out);
        }
    }

    /**
     * The command line's own settings unless given: no demo data (an import into an empty database must not seed
     * it), logging only for problems, no HTTP port. As arguments, because application.properties would outrank
     * default properties.
     */
    static String[] withDefaults(String[] springArgs) {
        List<String> all = new ArrayList<>(Arrays.asList(springArgs));
        for (String setting : List.of("--punkt.demo=false", "--logging.level.root=WARN", "--server.port=-1")) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (all.stream().noneMatch(arg -> arg.startsWith(key))) {
                all.add(setting);
            }
        }
        return all.toArray(String[]::new);
    }

    /** Runs a command; {@code startSpring} is called only when the command needs the database. */
    static int execute(
            String[] args,
            PrintStream out,
            PrintStream err,
            Function<String[], ConfigurableApplicationContext> startSpring) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (SPRING_PREFIXES.stream().anyMatch(arg::startsWith) ? springArgs : commandArgs).add(arg);
        }
        boolean dryRun = commandArgs.contains("--dry-run") || commandArgs.contains("-n");
        boolean needsSpring = !dryRun && !commandArgs.contains("--help") && !commandArgs.contains("-h");
        ConfigurableApplicationContext context = null;
        try {
            if (needsSpring) {
                context = startSpring.apply(springArgs.toArray(String[]::new));
            }
            CommandLine commandLine = commandLine(context);
            commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            return commandLine.execute(commandArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("punkt " + String.join(" ", Arrays.asList(args).subList(0, Math.min(1, args.length)))
                    + ": cannot start: " + e.getMessage());
            return 3;
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /** The command tree; the commands get their services from {@code context} when there is one. */
    static CommandLine commandLine(ConfigurableApplicationContext context) {
        ObjectMapper json = json();
        ImportService importer = context == null ? null : context.getBean(ImportService.class);
        MeetingDocumentService documents = context == null ? null : context.getBean(MeetingDocumentService.class);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ImportCommand.class) {
                    return type.cast(new ImportCommand(importer, documents, json));
                }
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(documents, json));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new TopCommand(), factory);
        if (context != null) {
            context.getBeansWithAnnotation(CommandLine.Command.class).values().forEach(command -> {
                CommandLine.Command annotation = org.springframework.core.annotation.AnnotationUtils.findAnnotation(
                        org.springframework.util.ClassUtils.getUserClass(command), CommandLine.Command.class);
                if (annotation != null && !commandLine.getSubcommands().containsKey(annotation.name())) {
                    commandLine.addSubcommand(annotation.name(), command);
                }
            });
        }
        return commandLine;
    }

    /** JSON as DESIGN.md §3 writes it: ISO dates, times as "09:00", indented. */
    static ObjectMapper json() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // "09:00" as in the documents and DESIGN.md §3, not "09:00:00".
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                        .addSerializer(
                                java.time.LocalTime.class,
                                new com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer(
                                        java.time.format.DateTimeFormatter.ofPattern("HH:mm"))))
                .build();
    }

    @CommandLine.Command(
            name = "punkt.jar",
            mixinStandardHelpOptions = true,
            description = "Punkt on the command line.",
            subcommands = {ImportCommand.class, ExportCommand.class})
    static final class TopCommand {}
}
