package org.contextmap.rights;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.person.PersonService;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers a subject-access request (UK GDPR art. 15): everything held about one young person as
 * one export, with every other young person redacted, audited as an export. The data controller's
 * team answers these requests: children's social care and administrators only.
 */
@Service
public class SubjectAccessService {

    private final SubjectAccessAssembler assembler;
    private final PersonService people;
    private final RightsAudit audit;
    private final ObjectMapper json;

    SubjectAccessService(SubjectAccessAssembler assembler, PersonService people, RightsAudit audit,
            ObjectMapper json) {
        this.assembler = assembler;
        this.people = people;
        this.audit = audit;
        this.json = json;
    }

    /** The export for the young person {@code personId}, redacted; the export is audited. */
    public SubjectAccess export(String personId) {
        Viewer viewer = Viewer.current();
        if (!viewer.hasAny(Role.SOCIAL_CARE, Role.ADMIN)) {
            throw new ForbiddenException("Subject-access requests are answered by children's social care or an "
                    + "administrator; your role does not allow it.");
        }
        SubjectAccessAssembler.Assembled assembled = assembler.assemble(personId, viewer)
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + personId + "."));
        SubjectAccess redacted = redact(assembled);
        audit.exported(personId, viewer);
        return redacted;
    }

    /**
     * Every other young person out of the export: those the assembler put in by id, and any whose
     * id turns up in a text (a reason sentence, an alert's fact, an incident summary), with their
     * names wherever they occur. The whole export goes through one pass over its JSON tree, so no
     * field is left out by forgetting it.
     */
    private SubjectAccess redact(SubjectAccessAssembler.Assembled assembled) {
        SubjectAccess raw = assembled.export();
        JsonNode tree = json.valueToTree(raw);
        Set<String> candidates = new HashSet<>(Redaction.tokens(tree));
        candidates.addAll(assembled.mentioned());
        candidates.remove(raw.personId());
        Map<String, String> others = new HashMap<>(people.names(candidates));
        others.remove(raw.personId());
        Redaction redaction = Redaction.of(raw.personId(), raw.name(), others);
        return json.treeToValue(redaction.redact(tree), SubjectAccess.class);
    }
}
