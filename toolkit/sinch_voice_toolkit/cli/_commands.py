"""The CLI's commands, one per operation of the spec, generated from openapi.yaml.

Written by scripts/generate_facade.py (`make generate`) from `scripts/commands.py.jinja`: do
not edit; change the spec (its `x-cli` curation) or the template. Plain data, so that
`sinch-voice --help` loads no client. A command with `hand_written` set runs the handler of
that operation in `_cli`; any other runs its facade method with the arguments listed here.
"""

from ._command_table import Command, CommandArgument

# The command groups: the spec's tags and their descriptions.
GROUPS: dict[str, str] = {
    "numbers": "The numbers you own and the application each one is assigned to.",
    "callbacks": "The callback URLs Sinch calls with events of an application.",
    "query": "Information about a phone number.",
    "calls": "Calls in progress or ended, on the calling hosts.",
    "conferences": "Conferences and their participants, on the calling hosts.",
    "callouts": "Calls you place, on the calling hosts.",
}

COMMANDS: tuple[Command, ...] = (
    Command(
        operation_id="getNumbers",
        words=("numbers", "list"),
        help="list the numbers you own",
        hand_written="a table of number, capability and application",
    ),
    Command(
        operation_id="updateNumbers",
        words=("numbers", "assign"),
        help="assign numbers to an application",
        hand_written=("a bulk run over any number of numbers (files, progress, report, resume)"),
    ),
    Command(
        operation_id="unassignNumber",
        words=("numbers", "unassign"),
        help="un-assign numbers",
        hand_written=("a bulk run over any number of numbers (files, progress, report, resume)"),
    ),
    Command(
        operation_id="getCallbackUrls",
        words=("callbacks", "get"),
        help="show an application's callback URLs",
        hand_written="the application defaults to the one of --key",
    ),
    Command(
        operation_id="updateCallbackUrls",
        words=("callbacks", "set"),
        help="set an application's callback URLs",
        hand_written=("--primary and --fallback; the application defaults to the one of --key"),
    ),
    Command(
        operation_id="queryNumber",
        words=("query",),
        help="look a number up",
        hand_written="the first E.164 check with its hint, and a one-row table",
    ),
    Command(
        operation_id="callouts",
        words=("callouts", "tts"),
        help="call a number and read it a text",
        hand_written=(
            "the destination as a number, the text and the caller ID as options, the callId printed"
        ),
    ),
    Command(
        operation_id="getCallResult",
        words=("calls", "get"),
        help="show a call",
        method="calls.get",
        arguments=(
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
        ),
    ),
    Command(
        operation_id="updateCall",
        words=("calls", "hangup"),
        help="hang up a call in progress",
        hand_written="sends the hangup action, the one a command line needs",
    ),
    Command(
        operation_id="manageCallWithCallLeg",
        words=("calls", "say"),
        help="say a text to one leg of a call",
        hand_written=("the text and the leg as options, sent as a say instruction and continue"),
    ),
    Command(
        operation_id="getConferenceInfo",
        words=("conferences", "get"),
        help="list a conference's participants",
        method="conferences.get",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
        ),
    ),
    Command(
        operation_id="kickConferenceAll",
        words=("conferences", "kick-all"),
        help="remove every participant from a conference",
        method="conferences.kick_all",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
        ),
    ),
    Command(
        operation_id="kickConferenceParticipant",
        words=("conferences", "kick"),
        help="remove a participant from a conference",
        method="conferences.kick",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
        ),
    ),
    Command(
        operation_id="manageConferenceParticipant",
        words=("conferences", "manage"),
        help="mute, unmute, hold or resume a participant",
        method="conferences.manage_participant",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
            CommandArgument(
                name="command",
                positional=True,
                required=True,
                many=False,
                choices=("mute", "unmute", "onhold", "resume"),
                model=None,
                help=("what to do with a conference participant (`onhold` takes a music on hold)"),
            ),
            CommandArgument(
                name="moh",
                positional=False,
                required=False,
                many=False,
                choices=("ring", "music1", "music2", "music3"),
                model=None,
                help="music on hold",
            ),
        ),
    ),
    Command(
        operation_id="manageConferenceParticipant",
        words=("conferences", "mute"),
        help=("mute one participant of a conference; the others are not changed"),
        method="conferences.mute",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
        ),
    ),
    Command(
        operation_id="manageConferenceParticipant",
        words=("conferences", "unmute"),
        help="unmute one participant of a conference",
        method="conferences.unmute",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
        ),
    ),
    Command(
        operation_id="manageConferenceParticipant",
        words=("conferences", "hold"),
        help=("put one participant of a conference on hold, with music on hold `moh` if given"),
        method="conferences.hold",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
            CommandArgument(
                name="moh",
                positional=False,
                required=False,
                many=False,
                choices=("ring", "music1", "music2", "music3"),
                model=None,
                help="music on hold",
            ),
        ),
    ),
    Command(
        operation_id="manageConferenceParticipant",
        words=("conferences", "resume"),
        help="take one participant of a conference off hold",
        method="conferences.resume",
        arguments=(
            CommandArgument(
                name="conference_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=("the ID you gave the conference (in a callout or a `connectConf` action)"),
            ),
            CommandArgument(
                name="call_id",
                positional=True,
                required=True,
                many=False,
                choices=(),
                model=None,
                help=(
                    "the ID of the call, as Sinch gave it (in the answer to a "
                    "callout, or in an event)"
                ),
            ),
        ),
    ),
)
