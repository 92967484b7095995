package dk.punkt.items.internal;

import dk.punkt.items.AppendixStorage;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file-system storage under the data directory, unless another {@link AppendixStorage} bean is configured. */
@Configuration
class AppendixStorageConfig {

    @Bean
    @ConditionalOnMissingBean(AppendixStorage.class)
    AppendixStorage appendixStorage(@Value("${punkt.data-dir}") Path dataDir) {
        return new FileSystemAppendixStorage(dataDir.resolve("appendices"));
    }
}
