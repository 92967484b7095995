package dk.punkt.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Synthetic Danish agenda items for the search benchmark: section texts generated from a word-bigram model of the
 * corpus minutes (so word frequencies, compounds and common phrases are those of real minutes), spread over many
 * committees and years, with KLE case numbers. Deterministic for a seed.
 */
final class SyntheticCorpus {

    record Item(
            long id,
            int committee,
            String committeeName,
            int year,
            int month,
            int day,
            int number,
            String title,
            String caseNumber,
            int type,
            int outcome,
            boolean closed,
            String sections,
            String recommendation,
            String decision) {}

    private static final String[] COMMITTEE_KINDS = {
        "Økonomiudvalget", "Børne- og Skoleudvalget", "Teknik- og Miljøudvalget", "Social- og Sundhedsudvalget",
        "Kultur- og Fritidsudvalget", "Beskæftigelsesudvalget", "Chefforum", "Ældreudvalget"
    };

    private final List<String> words;
    private final Map<String, List<String>> next = new HashMap<>();
    private final SplittableRandom random;
    private final int committees;

    SyntheticCorpus(Path corpusDirectory, long seed, int committees) {
        this.random = new SplittableRandom(seed);
        this.committees = committees;
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpusDirectory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String word : text.split("[^\\p{L}\\p{N}]+")) {
                    if (!word.isBlank()) {
                        all.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.words = all;
        for (int i = 0; i + 1 < all.size(); i++) {
            next.computeIfAbsent(all.get(i).toLowerCase(), k -> new ArrayList<>())
                    .add(all.get(i + 1));
        }
    }

    List<String> vocabulary() {
        return words;
    }

    String committeeName(int committee) {
        return COMMITTEE_KINDS[committee % COMMITTEE_KINDS.length] + " " + (committee / COMMITTEE_KINDS.length + 1);
    }

    Item item(long id) {
        int committee = random.nextInt(committees);
        int year = 2007 + random.nextInt(20);
        int sentences = 4 + random.nextInt(8);
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sections.append(sentence(8 + random.nextInt(18))).append(i % 3 == 2 ? "\n\n" : " ");
        }
        boolean decided = random.nextInt(3) > 0;
        return new Item(
                id,
                committee,
                committeeName(committee),
                year,
                1 + random.nextInt(12),
                1 + random.nextInt(28),
                1 + random.nextInt(15),
                capitalise(sentence(3 + random.nextInt(5)).replace(".", "")),
                String.format(
                        "%02d.%02d.%02d-%s%02d-%d-%02d",
                        random.nextInt(90),
                        random.nextInt(20),
                        random.nextInt(10),
                        "PGAKS".charAt(random.nextInt(5)),
                        random.nextInt(40),
                        1 + random.nextInt(30),
                        year % 100),
                random.nextInt(4),
                decided ? random.nextInt(6) : -1,
                random.nextInt(20) == 0,
                sections.toString().strip(),
                "Direktøren indstiller,\nat " + sentence(6 + random.nextInt(10)),
                decided ? sentence(5 + random.nextInt(12)) : null);
    }

    /** A sentence walking the bigram model from a random corpus word. */
    String sentence(int length) {
        String word = words.get(random.nextInt(words.size()));
        StringBuilder text = new StringBuilder(capitalise(word));
        for (int i = 1; i < length; i++) {
            List<String> options = next.get(word.toLowerCase());
            word = options == null || options.isEmpty()
                    ? words.get(random.nextInt(words.size()))
                    : options.get(random.nextInt(options.size()));
            text.append(' ').append(word);
        }
        return text.append('.').toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
