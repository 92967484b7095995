package dk.punkt.notifications.internal;

/** The subscription form as posted; unticked boxes arrive as null. */
public record SubscribeForm(String email, Boolean agendas, Boolean minutes) {

    static SubscribeForm blank() {
        return new SubscribeForm("", true, true);
    }

    public boolean wantsAgendas() {
        return Boolean.TRUE.equals(agendas);
    }

    public boolean wantsMinutes() {
        return Boolean.TRUE.equals(minutes);
    }

    public String emailOrEmpty() {
        return email == null ? "" : email;
    }
}
