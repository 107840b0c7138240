package id.tata.documents.model;

public enum RunStyle { BOLD, ITALIC, UNDERLINE, SUPERSCRIPT }
