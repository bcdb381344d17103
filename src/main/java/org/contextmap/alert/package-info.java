/**
 * Practice alerts: the learning of published safeguarding practice reviews (DESIGN §2) as rules
 * over the graph. Each alert says what happened, which facts raised it, which review taught it,
 * and what to consider doing. Alerts advise; a person decides, and the decision is recorded.
 */
package org.contextmap.alert;
