package org.contextmap.group;

/**
 * A peer group: young people who spend time together in an area. Being associated with a group
 * is a fact about a child's context and a possible risk of harm to them, never a finding of
 * "gang membership".
 */
public record PeerGroup(String id, String name, String area) {
}
