package io.rostrum.events;

/** Who a replying stakeholder is, inferred from the reply author's profile text. */
public enum StakeholderGroup implements Identified {
    EMPLOYEES("employees"),
    INVESTORS("investors"),
    CUSTOMERS("customers"),
    MEDIA("media"),
    POLICY_MAKERS("policy-makers"),
    PEERS("peers"),
    GENERAL_PUBLIC("general-public");

    private final String id;

    StakeholderGroup(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
