package org.contextmap.account;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}: who may sign in, for administrators (docs/access.md). */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final AccountService accounts;

    UserController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserAccount> list() {
        return accounts.list();
    }

    @GetMapping("/{username}")
    UserAccount get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@RequestBody AccountService.UserRequest request) {
        return accounts.create(request);
    }

    @PutMapping("/{username}")
    UserAccount update(@PathVariable String username, @RequestBody AccountService.UserRequest change) {
        return accounts.update(username, change);
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username) {
        accounts.delete(username);
    }
}
