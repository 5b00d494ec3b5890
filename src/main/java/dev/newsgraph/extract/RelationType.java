package dev.newsgraph.extract;

/** Relations between entities. MET_WITH and COOPERATES_WITH are symmetric in meaning. */
public enum RelationType {
    HOLDS_ROLE, MET_WITH, PARTY_TO, MEMBER_OF, CRITICIZED, CLAIMS, COOPERATES_WITH;

    public boolean symmetric() {
        return this == MET_WITH || this == COOPERATES_WITH;
    }
}
