package dk.punkt.items.internal;

import dk.punkt.items.ItemState;

/**
 * One row of the agenda page: an item with its number and timetable label, or a pause. {@code index} is the row's
 * place in the agenda; {@code standing} rows stay first or last and cannot be moved or removed.
 */
public record AgendaLine(
        int index,
        String key,
        Long itemId,
        Integer number,
        String title,
        String type,
        String responsible,
        boolean closed,
        ItemState state,
        boolean standing,
        Integer pauseMinutes,
        String time,
        boolean canMoveUp,
        boolean canMoveDown) {

    public boolean isPause() {
        return pauseMinutes != null;
    }

    public boolean approved() {
        return state == ItemState.GODKENDT || state == ItemState.PÅ_DAGSORDEN;
    }
}
