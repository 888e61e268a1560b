package com.firstline.demo;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** The demo sandbox (firstline.demo.*); the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.demo")
public interface DemoSettings {

    boolean enabled();

    /** Accounts created while the demo is on (username:role:password). */
    List<String> accounts();

    /** The bundled mentions replayed into the queue. */
    String file();

    /** How often the replay sends the next mentions (read by the scheduler too). */
    String every();

    int perTick();

    /** How long after the start the replay begins (read by the scheduler too). */
    String startAfter();

    History history();

    /** The SIMULATED history for the dashboard. */
    interface History {
        /** Past days simulated on the demo's first start; 0 for none. */
        int days();

        int perDay();

        /** Names the simulated decisions are recorded under: a supervisor, then agents. */
        List<String> agents();
    }
}
