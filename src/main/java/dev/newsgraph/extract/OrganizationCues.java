package dev.newsgraph.extract;

import java.util.Set;

import dev.newsgraph.extract.ner.NameSpan;

/**
 * Words after a name that say a company or another organization, whatever the tagger made of it: what only an
 * organization has ("Kestrova shareholders", "Veltran shares"), or a spokesperson where no person is named ("a
 * Harley-Davidson spokeswoman"). Inner capitals ("SaskTel") were tried as a cue too and left out: places have
 * them as often ("NoMa", "MahaNakhon").
 */
final class OrganizationCues {

    /** Only an organization has these: "Kestrova shareholders", "Veltran shares", "SaskTel customers". */
    private static final Set<String> OWNED = Set.of("shareholders", "shares", "stock", "customers", "employees",
            "subscribers", "stores", "shareholder");
    /** A person has these too ("a Trump spokesman"): an organization only where the tagger saw no person. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
    private OrganizationCues() {
    }

    /** ORGANIZATION when a cue says so, else null. */
    static EntityType type(ArticleSentence s, NameRun r) {
        if (s.headline || r.length() > 3) {
            return null;
        }
        NameSpan tagged = s.nameOver(r.t0, r.t1);
        boolean taggedPerson = tagged != null && tagged.type().equals("PER");
        String after = r.t1 < s.size() ? s.token(r.t1).lower : "";
        if (OWNED.contains(after) || SPOKESPEOPLE.contains(after) && !taggedPerson) {
            r.firm = true;
            return EntityType.ORGANIZATION;
        }
        return null;
    }
}
