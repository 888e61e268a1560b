package com.firstline.incident;

public enum IncidentStatus {
    OPEN, RESOLVED
}
