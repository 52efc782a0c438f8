def handle(command):
    match command.split():
        case [action]:
            return action
        case _:
            return "unknown"
        case [action, obj]:
            return action, obj
