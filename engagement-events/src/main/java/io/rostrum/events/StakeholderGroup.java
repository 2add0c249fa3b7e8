package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static StakeholderGroup fromId(String id) {
        return Identified.byId(StakeholderGroup.class, id);
    }
}
