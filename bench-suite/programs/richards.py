"""Richards: an operating-system task scheduler simulation (classes,
inheritance, polymorphic method calls, attribute access, linked lists).

Size parameter: number of scheduler runs, each a fresh system whose idle task
counts down from IDLE_COUNT (work is linear in it). Per-iteration timings (one
scheduler run) go to stderr when HERON_BENCH_ITER_TIMES=1.
"""
import sys
import time

IDLE_COUNT = 10000
BUFFER_SIZE = 4

ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6

KIND_DEVICE = 0
KIND_WORK = 1


def iter_times_enabled():
    try:
        import os
    except ImportError:
        return False
    return os.environ.get("HERON_BENCH_ITER_TIMES") == "1"


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append self to the end of queue; return the queue head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = False
        self.holding = False
        self.link = system.task_list
        system.task_list = self
        system.tasks[ident] = self

    def is_held_or_suspended(self):
        return self.holding or (self.waiting and not self.packet_pending)

    def run(self):
        packet = None
        if self.waiting and self.packet_pending and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError

    def add_packet(self, packet, current):
        """Queue packet on this task; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    # Scheduler services, called by a running task on itself.
    def wait(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.system.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.system.tasks[ident]
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        system = self.system
        target = system.tasks[packet.ident]
        system.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.waiting = True
        self.destination = ID_HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.waiting = True
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            index = work.datum
            if index < BUFFER_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.send(device)
            else:
                self.work_queue = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.waiting = True
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.wait()
            self.pending = None
            return self.send(pending)
        self.pending = packet
        return self.hold_self()


class System:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 7
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                task = task.run()


def run_once(idle_count):
    system = System()
    IdleTask(system, ID_IDLE, 0, idle_count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(system, ID_WORKER, 1000, work)
    for ident, device, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000), (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(system, ident, priority, queue)
    DeviceTask(system, ID_DEVICE_A, 4000)
    DeviceTask(system, ID_DEVICE_B, 5000)
    system.schedule()
    return system.queue_count, system.hold_count


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    report = iter_times_enabled()
    total_queued = 0
    total_held = 0
    first = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = run_once(IDLE_COUNT)
        if report:
            print(f"iter-time: {time.perf_counter() - t0:.6f}", file=sys.stderr)
        if first is None:
            first = result
        elif result != first:
            raise SystemExit("richards: runs disagree")
        total_queued += result[0]
        total_held += result[1]
    print(f"queue_count={first[0]} hold_count={first[1]}")
    print(f"checksum: richards runs={runs} queued={total_queued} held={total_held}")


main()
