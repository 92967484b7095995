package dk.punkt.notifications.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender runs on a schedule. */
@Configuration
@EnableScheduling
class SchedulingConfig {}
