"""What the example receivers do with each call: a menu, then a conference, sales or goodbye.

The receivers (receive_starlette.py, receive_flask.py, receive_django.py) give `respond` to a
`CallbackReceiver`, which calls it with each verified, typed event and sends what it returns.
The answers are built with `answer()`, whose overloads let a type checker refuse an action the
event does not allow; the receiver checks each with `validate_svaml` before it leaves.
"""

from __future__ import annotations

from sinch_voice_toolkit.callbacks import (
    AceEvent,
    CallbackEvent,
    ConnectConfAction,
    ConnectPstnAction,
    ContinueAction,
    HangupAction,
    IceEvent,
    Menu,
    MenuOption,
    PieEvent,
    RunMenuAction,
    SayInstruction,
    SvamlAnswer,
    answer,
)

CONFERENCE_ID = "support-room"
SALES_NUMBER = "+46730170101"  # where option 3 connects the caller
MAIN_MENU = RunMenuAction(
    menus=[
        Menu(
            id="main",
            main_prompt="#tts[Press 1 to join the support room, 2 to hang up, 3 for sales.]",
            repeat_prompt="#tts[Sorry, please press 1, 2 or 3.]",
            repeats=2,
            max_digits=1,
            timeout_mills=5000,
            options=[
                MenuOption(dtmf="1", action="return(join)"),
                MenuOption(dtmf="2", action="return(bye)"),
                MenuOption(dtmf="3", action="return(sales)"),
            ],
        )
    ]
)


def respond(event: CallbackEvent) -> SvamlAnswer | None:
    """The SVAML answer to `event`, or None for an event that takes none."""
    reply: SvamlAnswer
    if isinstance(event, IceEvent):  # a call came in: greet, then ask
        reply = answer(event, MAIN_MENU, [SayInstruction(text="Welcome to the example line.")])
    elif isinstance(event, PieEvent):  # the caller answered the menu
        choice = event.menu_result.value if event.menu_result else None
        if choice == "join":
            reply = answer(event, ConnectConfAction(conference_id=CONFERENCE_ID))
        elif choice == "sales":
            connect = ConnectPstnAction(number=SALES_NUMBER)
            reply = answer(event, connect, [SayInstruction(text="Connecting you to sales.")])
        else:
            reply = answer(event, HangupAction(), [SayInstruction(text="Goodbye.")])
    elif isinstance(event, AceEvent):  # an outgoing call was answered: let it go on
        reply = answer(event, ContinueAction())
    else:  # DiCE, notify, and kinds this version does not know: acknowledge only
        return None
    return reply
