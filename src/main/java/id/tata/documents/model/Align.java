package id.tata.documents.model;

public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }
