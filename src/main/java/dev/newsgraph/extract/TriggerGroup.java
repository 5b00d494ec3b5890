package dev.newsgraph.extract;

import java.util.Locale;

/**
 * The groups of words in relation-triggers.tsv that the relation rules and {@link StateReadings} look for; a
 * group's name in the file is its name here in lower case with dashes (MEET_DIRECT is "meet-direct"). The statuses
 * of PARTY_TO are kept apart, in {@link Lexicon#agreementStatus}.
 */
enum TriggerGroup {
    MEET, MEET_DIRECT, MEETING_PARTY,
    CRITICIZE, CRITICIZE_THAT, CRITICIZE_TO, CALL_VERB, NEGATIVE, REACT, REACT_ADVERB, RECALL, SANCTION,
    EXERCISE, COOPERATE, CAUSATIVE,
    JOIN, MEMBER, BELONG, ACCESSION_DONE, INCLUDE,
    CLAIM, GOVERNMENT_NOUN,
    STATE_ACT, STATE_PASSIVE, STATE_OBJECT_VERB, STATE_RELATION_NOUN, STATE_AGENCY, STATE_BODY;

    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
