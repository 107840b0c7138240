package id.tata.documents.model;

public enum Orientation { PORTRAIT, LANDSCAPE }
