package dev.newsgraph.extract;

/** A title a person holds, for whom (country or organization, null while unknown), where it was read. */
record Role(String title, String titleKey, Entity affil, ArticleSentence sentence, double conf) {
}
