package io.rostrum.events;

/**
 * The six engagement approaches of Heavey, Simsek, Kyprianou and Risius (2020), with the default
 * mapping of each onto purpose, reciprocity and direction. The ids are stable everywhere.
 */
public enum Approach implements Identified {
    CELEBRATING("celebrating",
            "Seeking attention and acclaim; evoking positive emotion about the organization's or the leader's"
                    + " activities, decisions and achievements.",
            Purpose.SOCIAL_INFLUENCE, Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE),
    INFORMING("informing",
            "One-way dissemination of strategic information, developments and results.",
            Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE),
    DIALOGUING("dialoguing",
            "Interactive, collaborative exchange: soliciting feedback, ideation, crowdsourcing solutions,"
                    + " co-creating knowledge, answering stakeholders.",
            Purpose.INFORMATION_PROCESSING, Reciprocity.RECIPROCAL, Direction.DIVERGENCE),
    FRAMING("framing",
            "Aligning stakeholders around a common vision, values, strategy, interpretation or frame of reference.",
            Purpose.SOCIAL_INFLUENCE, Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE),
    MOBILIZING("mobilizing",
            "Building a community around shared strategic themes, causes and movements, and moving stakeholders"
                    + " to act, advocate or contribute.",
            Purpose.SOCIAL_INFLUENCE, Reciprocity.RECIPROCAL, Direction.CONVERGENCE),
    OBFUSCATING("obfuscating",
            "Under- or over-informing, mis- or dis-informing: evasion, deflection, vague non-answers.",
            Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL, Direction.DIVERGENCE);

    private final String id;
    private final String definition;
    private final Purpose defaultPurpose;
    private final Reciprocity defaultReciprocity;
    private final Direction defaultDirection;

    Approach(String id, String definition, Purpose purpose, Reciprocity reciprocity, Direction direction) {
        this.id = id;
        this.definition = definition;
        this.defaultPurpose = purpose;
        this.defaultReciprocity = reciprocity;
        this.defaultDirection = direction;
    }

    @Override
    public String id() {
        return id;
    }

    public String definition() {
        return definition;
    }

    public Purpose defaultPurpose() {
        return defaultPurpose;
    }

    public Reciprocity defaultReciprocity() {
        return defaultReciprocity;
    }

    public Direction defaultDirection() {
        return defaultDirection;
    }
}
