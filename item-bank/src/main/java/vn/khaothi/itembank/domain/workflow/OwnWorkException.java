package vn.khaothi.itembank.domain.workflow;

/** Four eyes: the author of an item or a paper never approves it, at any step (REST: 403 OWN_WORK). */
public class OwnWorkException extends RoleNotAllowedException {

    public OwnWorkException(String what, String username) {
        super(username + " wrote this " + what + ": the author never approves their own work (four eyes)");
    }

    @Override
    public String code() {
        return "OWN_WORK";
    }
}
