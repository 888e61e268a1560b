package com.firstline.team;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Single sign-on: which claim names the member, and which of the provider's groups gives which role. */
@ConfigMapping(prefix = "firstline.sso")
public interface SsoSettings {

    /** The ID token claim that becomes the member's username (lower-cased), e.g. preferred_username or email. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** The provider's group → Firstline role; a member in several mapped groups gets the highest role. */
    Map<String, Role> roles();
}
