package dk.punkt.api.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Times in JSON as DESIGN.md §3 writes them: "09:00", with seconds only when there are any (Jackson's default is
 * "09:00:00"). Reading accepts both.
 */
@Configuration
class JsonTimes {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer minuteTimes() {
        return builder -> builder.serializerByType(LocalTime.class, new MinuteTimeSerializer());
    }

    static final class MinuteTimeSerializer extends StdSerializer<LocalTime> {

        MinuteTimeSerializer() {
            super(LocalTime.class);
        }

        @Override
        public void serialize(LocalTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toString());
        }
    }
}
