package dk.punkt.api.internal;

import dk.punkt.committees.CommitteeService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/committees")
class CommitteesApiController {

    private final CommitteeService committees;

    CommitteesApiController(CommitteeService committees) {
        this.committees = committees;
    }

    /** Every committee, by name. */
    @GetMapping
    List<ApiJson.Committee> all() {
        return committees.findAll().stream().map(ApiJson.Committee::of).toList();
    }
}
