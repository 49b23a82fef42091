# richards: an operating-system task scheduler in the style of Martin Richards' benchmark:
# an idle task, a worker, two handlers and two devices pass packets through priority
# queues. Objects, attribute access, method calls and linked lists.
# bench: quick=2 full=500
import sys

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        # Appends this packet at the end of queue (a linked list); returns the new head.
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """A task control block: a priority, an input queue and three state bits."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False
        self.next = None

    def take_packet(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        self.packet_pending = self.queue is not None
        return p

    def add_packet(self, packet, current):
        # Delivers packet to this task; returns the task that should run next.
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.v1 = 1
        self.count = count

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.v1 & 1 == 0:
            self.v1 = self.v1 >> 1
            return s.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < 4:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None
        self.output = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            if self.pending is None:
                return s.wait()
            p = self.pending
            self.pending = None
            return s.queue_packet(p)
        self.pending = packet
        self.output = (self.output * 7 + packet.datum) % 65521
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        task.next = self.task_list
        self.task_list = task

    def find(self, ident):
        return self.tasks[ident]

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.find(ident)
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)

    def schedule(self):
        self.current = self.task_list
        while self.current is not None:
            t = self.current
            if t.held or (t.waiting and not t.packet_pending):
                self.current = t.next
                continue
            packet = None
            if t.waiting and t.packet_pending:
                t.waiting = False
            if t.packet_pending:
                packet = t.take_packet()
            self.current = t.run(packet)


def run_once(count):
    s = Scheduler()
    # Tasks are added in increasing priority.
    s.add(IdleTask(s, IDLE, 0, None, count))
    wq = Packet(None, IDLE, KIND_WORK)
    wq = Packet(wq, IDLE, KIND_WORK)
    s.add(WorkerTask(s, WORKER, 1000, wq))
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    s.add(HandlerTask(s, HANDLER_A, 2000, q))
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    s.add(HandlerTask(s, HANDLER_B, 3000, q))
    s.add(DeviceTask(s, DEVICE_A, 4000, None))
    s.add(DeviceTask(s, DEVICE_B, 5000, None))
    # add() pushes at the front, so the list runs from the highest priority down.
    for t in s.tasks:
        t.waiting = t.ident != IDLE and t.queue is None
    s.tasks[IDLE].held = False
    s.schedule()
    return s.queue_count, s.hold_count, s.tasks[DEVICE_A].output + s.tasks[DEVICE_B].output


def main(iterations):
    qc = hc = out = 0
    for _ in range(iterations):
        qc, hc, out = run_once(500)
    print("richards", iterations, "queued", qc, "held", hc)
    print("checksum", out)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
