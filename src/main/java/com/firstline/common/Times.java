package com.firstline.common;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the pages show them: day and minute in the team's time zone ({@code firstline.web.time-zone}),
 * in a {@code <time>} element whose exact moment the pages' script turns into "4 min ago".
 */
@TemplateExtension
public final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    /** In a template: {@code {post.postedAt.shown}}. */
    static RawString shown(Instant at) {
        return new RawString("<time datetime=\"" + at + "\">" + SHOWN.format(at.atZone(Zone.TEAM)) + "</time>");
    }

    /** "4 min", "2 h 5 min", "3 days": how long something took or is late, in whole minutes. */
    public static String length(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return minutes / (24 * 60) + (minutes < 48 * 60 ? " day" : " days");
    }

    /** The zone, read once when the first time is shown. */
    private static final class Zone {
        static final ZoneId TEAM = ZoneId.of(ConfigProvider.getConfig().getValue("firstline.web.time-zone", String.class));
    }
}
